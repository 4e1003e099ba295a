import { BellOutlined } from '@ant-design/icons'
import { Badge, Button, Empty, List, Popover, Spin, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Notification } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './queries'
import { notificationTarget } from './target'

/** The in-app inbox in the header: unread count, the latest messages, mark read, open the item. */
export function NotificationBell() {
  const { t, lang } = useLang()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const unread = useUnreadCount()
  const list = useNotifications(open)
  const markRead = useMarkRead()
  const readAll = useMarkAllRead()
  const openItem = (n: Notification) => {
    if (!n.read) markRead.mutate(n.id)
    const target = notificationTarget(n)
    if (target) {
      setOpen(false)
      navigate(target)
    }
  }
  const count = unread.data?.count ?? 0
  const content = (
    <div className="lx-inbox">
      <div className="lx-inbox-head">
        <Typography.Text strong>{t('消息', 'Notifications')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={count === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
        >
          {t('全部已读', 'Mark all read')}
        </Button>
      </div>
      {list.isPending ? (
        <Spin style={{ display: 'block', margin: '24px auto' }} />
      ) : (list.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无消息', 'No notifications')} />
      ) : (
        <List<Notification>
          size="small"
          dataSource={list.data?.items}
          renderItem={(n) => (
            <List.Item
              className={[
                'lx-inbox-item',
                !n.read && !n.done ? 'lx-inbox-unread' : '',
                n.done ? 'lx-inbox-done' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onClick={() => openItem(n)}
            >
              <div>
                <div className="lx-inbox-title">
                  {n.done && (
                    <Tag color="default" className="lx-inbox-done-tag">
                      {t('已处理', 'Done')}
                    </Tag>
                  )}
                  {lang === 'en' && n.titleEn ? n.titleEn : n.title}
                </div>
                <div className="lx-inbox-body">{n.body}</div>
                <div className="lx-inbox-time">{countyDateTime(n.createdAt)}</div>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  )
  return (
    <Popover
      content={content}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      arrow={false}
      rootClassName="lx-inbox-popover"
    >
      <Button
        type="text"
        aria-label={t(`消息，${count} 条未读`, `Notifications, ${count} unread`)}
        data-testid="notification-bell"
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  )
}
